# The suffixes declared after the rule count.
.c.o: foo.h ; @:
.SUFFIXES: .o .c
x.c.o: foo.h ; @:
$(info reached end)
