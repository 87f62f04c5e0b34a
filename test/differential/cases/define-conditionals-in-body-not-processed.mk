# print: A
define A
ifeq (a,b)
x
endif
endef
