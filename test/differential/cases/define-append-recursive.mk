# print: A
x := 1
A = a$(x)
define A +=
b$(x)
endef
x := 2
