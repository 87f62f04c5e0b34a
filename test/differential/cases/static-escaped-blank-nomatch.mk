# A name with a blank that does not match.
a\ b.o: \ %.o: %.c
$(info reached end)
