define A
define#x
endef
$(info A=[$(value A)])
