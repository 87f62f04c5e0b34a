ifeq (a b)
endif
