# print: A
A := first
define A +=
second
endef
