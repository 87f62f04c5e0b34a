IF := ifeq
$(IF) (a,a)
$(info in)
endif
