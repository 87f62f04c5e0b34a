# print: A
define A

x

endef
A := [$(A)]
