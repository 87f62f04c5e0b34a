# print: A B C
foo := src/a.c src/b.c x.h
A := $(foo:src/%.c=obj/%.o)
B := $(foo:%=[%])
C := $(foo:%.c=%)
