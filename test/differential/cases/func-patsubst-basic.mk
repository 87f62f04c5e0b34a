# print: A B C D
A := $(patsubst %.c,%.o,x.c y.c z.h)
B := $(patsubst %,lib%.a,m c)
C := $(patsubst x.c,X,x.c x.cc)
D := $(patsubst %.c,%.o,  a.c    b.c  )
