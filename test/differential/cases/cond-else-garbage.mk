ifeq (a,a)
else junk
endif
