t: $(error in prereq)
