# print: A F
x := 1
A ::= $(x)
x := 2
F := $(flavor A)
