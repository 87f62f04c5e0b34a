# print: A
define A
define B
endef junk
endef
