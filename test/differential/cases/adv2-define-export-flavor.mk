export define X :=
v
endef
$(info $(flavor X) $(origin X) [$(X)])
