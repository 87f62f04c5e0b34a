# print: .DEFAULT_GOAL
lib.a(x.o y.o):
