define override X
v
endef
$(info [$(override X)] [$(X)])
