# print: A F
x := 1
define A ::=
$(x)
endef
F := $(flavor A)
x := 2
