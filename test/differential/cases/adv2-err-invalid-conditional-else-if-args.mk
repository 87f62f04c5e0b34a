ifeq (a,b)
else ifeq (a
endif
