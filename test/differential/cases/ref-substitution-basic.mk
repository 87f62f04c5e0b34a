# print: A B C D
foo := a.o b.o l.a c.o
A := $(foo:.o=.c)
B := $(foo:%.o=%.c)
C := $(foo:o=x)
D := $(foo:.a=)
