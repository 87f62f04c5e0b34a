# print: A F
x := 1
A += $(x)
F := $(flavor A)
x := 2
