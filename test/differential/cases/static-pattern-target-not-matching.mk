a.o b.x: %.o: %.c
