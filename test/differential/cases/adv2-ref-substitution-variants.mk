# print: A B C D E
V := a.c b.c  c.h
A := [$(V:.c=)]
B := [$(V:=)]
C := [$(V:%=%%)]
D := [$(V:a%=%)]
E := [$(V:%.c=%.o)]
