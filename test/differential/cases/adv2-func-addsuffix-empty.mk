# print: A B
A := [$(addsuffix .c,)][$(addprefix p,)]
B := $(addsuffix ,a b)$(addprefix ,c d)
