# print: B
define B
define inner
endef # end of inner
endef
