ifeq (a,b)
else ifdef A B
endif
