define A
export define B
x
endef
$(info A=[$(A)])
endef
$(info reached end)
