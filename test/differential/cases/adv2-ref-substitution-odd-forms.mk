# print: A B
V := a.c
W := $(V:.c)
A := [$(W)]
B := [$(V:.c=.o=.p)]
