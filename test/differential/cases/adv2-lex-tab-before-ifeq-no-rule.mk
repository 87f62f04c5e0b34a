	ifeq (a,a)
	$(info tab-if)
	endif
