# print: A
ifeq (1,2)
X := a \
endif
endif
A := after
