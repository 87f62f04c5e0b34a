# print: A
ifeq (a,a)   
A := ok
endif
