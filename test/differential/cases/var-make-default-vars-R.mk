# print: A B C
A := [$(CC)][$(CFLAGS)][$(RM)]
B := $(origin CC)
C := [$(MAKEFLAGS)]
