# print: X
Y := one
X := a
define X +=
$(Y)
endef
Y := two
