# print: A
ifeq ($(if a,b,c),b)
A := fn-comma-ok
endif
