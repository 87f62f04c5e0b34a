# print: A B C D
srcs := foo.c bar.c baz.s ugh.h
A := $(filter %.c %.s,$(srcs))
B := $(filter-out %.c,$(srcs))
C := $(filter foo.c,$(srcs))
D := [$(filter %.x,$(srcs))]
