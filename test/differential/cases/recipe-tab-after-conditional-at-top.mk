ifeq (1,1)
	echo hi
endif
