# print: A F
define A
multi
line
endef
F := $(flavor A)
