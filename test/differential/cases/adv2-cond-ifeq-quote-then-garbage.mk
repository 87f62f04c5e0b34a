ifeq "a"x "a"
$(info eq)
endif
$(info reached end)
