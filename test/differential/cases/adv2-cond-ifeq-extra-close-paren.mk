ifeq (a,a))
$(info eq)
endif
$(info reached end)
