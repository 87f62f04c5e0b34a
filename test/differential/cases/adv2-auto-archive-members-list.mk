# print: ^ +
# target: t
t: lib.a(x.o y.o) lib.a(x.o)
lib.a(x.o y.o):
