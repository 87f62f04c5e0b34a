# print: A B
a := x.c y.c
which := a
A := $($(which):.c=.o)
ext := c
B := $(a:.$(ext)=.h)
