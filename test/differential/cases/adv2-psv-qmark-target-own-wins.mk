# print: V
# target: a.o
a.o: V := t
%.o: V ?= p
