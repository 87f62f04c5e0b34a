# print: A
define A
endefx
endef
