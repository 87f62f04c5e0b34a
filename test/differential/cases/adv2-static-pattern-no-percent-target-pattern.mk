a.o: foo: %.c
$(info reached end)
