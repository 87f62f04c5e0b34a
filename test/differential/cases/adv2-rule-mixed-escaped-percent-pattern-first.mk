%.o a\%b: x
$(info reached end)
