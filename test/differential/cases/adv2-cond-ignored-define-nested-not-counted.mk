ifeq (a,b)
define X
define Y
endef
$(info after-inner)
endif
endef
$(info reached end)
