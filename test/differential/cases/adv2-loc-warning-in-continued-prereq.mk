t: a \
  $(warning in-prereq)
$(info reached end)
