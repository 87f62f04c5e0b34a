ifeq (a,a)
$(info in)
else
$(info out)
endif
