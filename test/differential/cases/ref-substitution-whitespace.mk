# print: A B
foo :=   a.c    b.c  
A := [$(foo:.c=.o)]
B := [$(foo:%.c=%.o)]
