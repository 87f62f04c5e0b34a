# print: A B
A := $(join a b c,1 2)
B := $(join a,1 2 3)
