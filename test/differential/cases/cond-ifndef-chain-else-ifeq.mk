# print: A
ifndef UNDEF
ifeq (1,2)
A := x
else ifeq (1,1)
A := nested-chain
endif
endif
