# print: A
files := a.c b.s c.c d.h
A := $(addprefix obj/,$(patsubst %.c,%.o,$(filter %.c,$(sort $(files)))))
