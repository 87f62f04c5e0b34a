# print: .DEFAULT_GOAL
x.o y.o: %.o: %.c
