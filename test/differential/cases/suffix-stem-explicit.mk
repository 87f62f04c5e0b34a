# target: dir/x.o
# print: STEM
# $* of an explicit rule: the name without the first suffix of .SUFFIXES it ends with.
.SUFFIXES: .c .o
STEM = [$*] [$<]
