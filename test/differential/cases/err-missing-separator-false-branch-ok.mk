# print: A
ifeq (a,b)
junk line
endif
A := ok
