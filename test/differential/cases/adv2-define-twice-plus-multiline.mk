# print: X
define X
l1
endef
define X +=
l2
endef
$(info $(words $(X)))
