A := 1
endef
