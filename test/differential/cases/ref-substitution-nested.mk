# print: A B
suffix := .c
foo := a.c b.c
A := $(foo:$(suffix)=.o)
bar = $(foo:.c=.o)
B := $(bar:.o=.s)
