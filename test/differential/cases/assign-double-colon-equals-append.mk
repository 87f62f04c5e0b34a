# print: A F
x := 1
A ::= a
A += $(x)
F := $(flavor A)
x := 2
