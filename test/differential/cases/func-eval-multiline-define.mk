# print: X Y
define tmpl
X := 1
Y := 2
endef
$(eval $(tmpl))
