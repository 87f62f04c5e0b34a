# print: A
define A =
eq
endef
