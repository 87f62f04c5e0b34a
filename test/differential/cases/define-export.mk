# print: A F
export define A
exported
endef
F := $(flavor A)
