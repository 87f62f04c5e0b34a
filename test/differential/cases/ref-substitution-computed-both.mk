# print: A
a := .c
b := .o
foo := x.c y.c
A := $(foo:$(a)=$(b))
