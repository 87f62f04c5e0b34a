# print: A
foo := a.c b.c
A := ${foo:.c=.o}
