# print: V
# target: a.o
%.o: V ?= p
V := g
