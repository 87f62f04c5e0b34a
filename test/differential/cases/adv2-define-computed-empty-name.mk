N :=
define $(N)
x
endef
