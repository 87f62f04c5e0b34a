# print: X
define rules
X := a \
b
endef
$(eval $(rules))
