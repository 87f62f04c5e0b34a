# print: @ % <
# target: lib.a(m.o)
lib.a(m.o): m.o
m.o:
