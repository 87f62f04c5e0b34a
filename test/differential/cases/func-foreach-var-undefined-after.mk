# print: A B
A := $(foreach loopv,a b,$(loopv))
B := [$(loopv)] $(origin loopv)
