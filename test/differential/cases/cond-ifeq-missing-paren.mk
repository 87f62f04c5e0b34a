ifeq (a,b
endif
