ifeq (a,a)
junk line
endif
