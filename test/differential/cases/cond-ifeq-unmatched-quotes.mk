ifeq "a" 'a"
endif
