$(eval ifeq (a,a))
$(info reached end)
