# print: A F O
define A
endef
A := [$(A)]
F := $(flavor A)
O := $(origin A)
