# print: A B
A := $(subst	a,b,aaa)
B := $(words	a b)
