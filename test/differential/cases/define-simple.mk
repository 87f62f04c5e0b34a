# print: A F
x := 1
define A :=
v=$(x)
endef
F := $(flavor A)
x := 2
