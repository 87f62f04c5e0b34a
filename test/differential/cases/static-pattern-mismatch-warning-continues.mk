a.o b.c: %.o: %.c
$(info after the warning)
