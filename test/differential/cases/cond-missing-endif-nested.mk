ifeq (a,a)
ifdef X
endif
