# Without a recipe it is no suffix rule: no warning.
.SUFFIXES: .c .o
.c.o: foo.h
$(info reached end)
