ifeq (a,b) extra
endif
