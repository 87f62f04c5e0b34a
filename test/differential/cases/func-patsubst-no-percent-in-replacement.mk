# print: A B
A := $(patsubst %.c,obj,a.c b.c d.h)
B := $(patsubst a.c,%.o,a.c)
