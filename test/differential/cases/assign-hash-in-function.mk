# print: A
A := $(subst \#,-,a#b)
