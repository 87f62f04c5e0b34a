t: define V
x
endef
