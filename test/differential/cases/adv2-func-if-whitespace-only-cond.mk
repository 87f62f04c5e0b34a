# print: A B C
S := $(subst x, ,x)
A := $(if $(S),yes,no)
B := $(if   ,yes,no)
C := $(if $(S) ,yes,no)
