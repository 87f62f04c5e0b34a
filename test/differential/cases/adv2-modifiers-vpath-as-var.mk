vpath := 1
$(info [$(vpath)])
