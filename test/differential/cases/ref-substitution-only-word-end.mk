# print: A B
foo := a.o.o b.oo .o
A := $(foo:.o=.c)
B := $(foo:o=)
