ifeq ($(foo,a)
endif
