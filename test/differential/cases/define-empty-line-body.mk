# print: A
define A

endef
A := [$(A)]
