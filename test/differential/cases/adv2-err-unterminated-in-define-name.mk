define $(X
endef
