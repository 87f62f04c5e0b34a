ifeq (a,b)
ifeq (c,c)
else
else
endif
endif
$(info reached end)
