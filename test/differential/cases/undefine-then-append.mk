# print: A F
A := x
undefine A
A += y
F := $(flavor A)
