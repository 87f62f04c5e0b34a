# print: V
# target: sub/x.c
%.c: V := nodir
sub/%.c: V += dir
