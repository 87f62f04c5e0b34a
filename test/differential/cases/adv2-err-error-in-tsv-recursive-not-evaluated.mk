t: V = $(error lazy)
$(info reached end)
