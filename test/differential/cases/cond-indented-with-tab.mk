# print: A
	ifeq (a,a)
A := tab-indented
	endif
