# print: A
define A
x
y
endef
A := [$(A)]
