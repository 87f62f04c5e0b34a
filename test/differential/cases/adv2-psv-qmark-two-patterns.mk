# print: V
# target: a.o
%.o: V ?= p1
a%: V ?= p2
