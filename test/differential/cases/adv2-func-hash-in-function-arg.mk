# print: A
A := $(subst #,X,a#b)
