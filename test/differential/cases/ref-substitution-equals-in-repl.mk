# print: A
foo := a.c
A := $(foo:.c=.o=x)
