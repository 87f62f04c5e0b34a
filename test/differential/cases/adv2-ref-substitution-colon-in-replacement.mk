# print: A B
V := x.c
A := $(V:.c=.o:)
B := $(V:%=a:b)
