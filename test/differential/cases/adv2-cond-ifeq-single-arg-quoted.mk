ifeq "a"
endif
