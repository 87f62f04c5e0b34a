ifeq (a,a)
else ifeq (b,b)
