# print: A
foo := src/a.c lib/b.c
A := $(foo:src/%.c=%)
