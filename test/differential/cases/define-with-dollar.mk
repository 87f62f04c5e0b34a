# print: A B
define A
$$HOME $(x)
endef
x := X
B := $(value A)
