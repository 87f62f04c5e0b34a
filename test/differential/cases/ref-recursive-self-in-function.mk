# print: A
A = $(subst a,b,$(A))
