# print: A B
A := $(subst a,b,a,a,a)
B := $(subst ,,abc)
