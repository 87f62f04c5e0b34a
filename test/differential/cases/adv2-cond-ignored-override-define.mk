ifeq (a,b)
override define X
endif
endef
endif
$(info reached end)
