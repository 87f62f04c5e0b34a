# print: A B
A := $(subst (,[,f(x))
B := $(subst a,(b),a)
