# print: A
X := 1
ifeq (a,b)
A := 1
else ifdef X
A := 2
else ifneq (a,b)
A := 3
endif
