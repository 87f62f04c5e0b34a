define X
a
endef
$(info [$(X)])
