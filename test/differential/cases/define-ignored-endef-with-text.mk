ifeq (a,b)
define V
endef x
not the end
endef
endif
$(info ok)
