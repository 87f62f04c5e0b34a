a.o: %.o %.x: %.c
$(info reached end)
