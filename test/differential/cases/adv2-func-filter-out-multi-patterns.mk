# print: A B
A := $(filter-out %.c %.h,a.c b.h c.o d.c.o)
B := $(filter %.c %,a.c b)
