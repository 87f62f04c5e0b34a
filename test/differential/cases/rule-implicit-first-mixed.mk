%.o a.o: b
