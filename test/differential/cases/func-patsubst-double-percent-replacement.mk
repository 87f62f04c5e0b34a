# print: A B
A := $(patsubst %,%%,a b)
B := $(patsubst %.c,%.%,x.c)
