# print: A B C
A := $(join a b,.c .o)
B := $(join a b c,.x)
C := $(join a,1 2 3)
