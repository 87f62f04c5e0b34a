# print: A B
define A=
x
endef
define B:=
y
endef
