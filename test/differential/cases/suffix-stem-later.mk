# target: x.o
# print: STEM
# The list when the target is built counts (suffixes declared after the rule).
x.o: a.c
.SUFFIXES: .o
STEM = [$*]
a.c: ;
