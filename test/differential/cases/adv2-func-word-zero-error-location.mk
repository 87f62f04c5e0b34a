X := a
Y = $(word 0,$(X))
$(info before)
Z := $(Y)
