	define X
body
endef
$(info [$(X)])
