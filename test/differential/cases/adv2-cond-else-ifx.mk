ifeq (a,b)
else ifx
endif
$(info reached end)
