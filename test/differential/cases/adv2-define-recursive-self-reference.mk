# print: X
define X
$(X) more
endef
