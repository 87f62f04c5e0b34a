# print: A
S := $(subst x, ,xx)
A := [$(strip $(S)	)]
