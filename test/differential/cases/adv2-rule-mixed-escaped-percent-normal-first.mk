a\%b %.o: x
$(info reached end)
