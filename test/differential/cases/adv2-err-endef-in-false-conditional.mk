ifeq (a,b)
endef
endif
$(info reached end)
