# print: A B C
A := $(foreach x,a b c,<$(x)>)
B := [$(foreach x,,<$(x)>)]
C := $(foreach x,1 2,$(foreach y,a b,$(x)$(y)))
