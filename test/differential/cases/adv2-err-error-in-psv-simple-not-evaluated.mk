%.o: V := $(error pattern-lazy)
$(info reached end)
