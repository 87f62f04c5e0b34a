define A = extra
x
endef
