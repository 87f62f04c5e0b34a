# print: A
x := 1
define A
v=$(x)
endef
x := 2
