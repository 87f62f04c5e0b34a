# print: V
# target: foo.o
V := g
%.o: V += pat
foo.o: V += tgt
