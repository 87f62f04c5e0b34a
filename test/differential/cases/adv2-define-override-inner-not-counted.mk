define A
override define B
x
endef
endef
$(info reached end)
