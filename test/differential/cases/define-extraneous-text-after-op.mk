define X = junk
v
endef
$(info [$(X)])
