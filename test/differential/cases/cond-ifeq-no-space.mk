# print: A
ifeq(a,a)
A := nospace
endif
