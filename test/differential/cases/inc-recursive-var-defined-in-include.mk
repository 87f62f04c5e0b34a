# print: A
A = $(B)
include inc-recursive-var-defined-in-include.d/b.mk
