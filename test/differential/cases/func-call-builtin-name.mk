# print: A B
A := $(call subst,a,b,banana)
B := $(call notdir,x/y)
