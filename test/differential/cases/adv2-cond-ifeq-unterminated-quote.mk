ifeq "a" "a
$(info x)
endif
