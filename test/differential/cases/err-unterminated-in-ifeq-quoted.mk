ifeq "$(foo" "x"
endif
