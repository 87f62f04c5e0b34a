# print: A B
A := ${subst a,b,{a}(a)}
B := $(subst },x,a}b)
