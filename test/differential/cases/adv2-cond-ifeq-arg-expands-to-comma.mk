C := ,
ifeq ($(C),,)
$(info comma-eq)
else
$(info comma-ne)
endif
