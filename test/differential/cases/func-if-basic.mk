# print: A B C D E
A := $(if x,yes,no)
B := $(if ,yes,no)
C := [$(if ,yes)]
D := $(if $(empty),yes,no)
E := $(if   ,yes,no)
