ifeq (a,b)
ifeq (c,c)
else junk
endif
endif
$(info reached end)
