ifeq (a,b)
else ifeq (c,d)
else
