ifeq (a,b)
define X
endef#c
endif
$(info visible)
endef
endif
$(info reached end)
