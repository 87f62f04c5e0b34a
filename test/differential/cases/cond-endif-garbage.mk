# print: A
ifeq (a,a)
A := 1
endif junk
