# print: V
# target: t.o
%.o: V := pat
t.o: V ?= tgt
