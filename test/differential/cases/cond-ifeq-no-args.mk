ifeq
endif
