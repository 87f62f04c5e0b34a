ifeq (a,b)
else ifeq (c,d)
else
else ifeq (e,e)
endif
