define :=
x
endef
