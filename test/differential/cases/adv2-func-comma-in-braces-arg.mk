# print: A
A := $(subst {a,b},X,{a,b} c)
