# print: A
define A
define B
endef
x
endef
