a.o: : b
$(info reached end)
