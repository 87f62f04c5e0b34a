a.o %.o %.c: x
