ifeq (a,b)
	define X
endif
$(info reached end)
