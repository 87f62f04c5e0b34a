ifeq "a#b" "a"
$(info eq)
else
$(info ne)
endif
