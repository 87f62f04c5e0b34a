# print: V
# target: lib.a(m.o)
lib.a(m.o): V = [$@] [$%]
