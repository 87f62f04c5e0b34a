define
x
endef
