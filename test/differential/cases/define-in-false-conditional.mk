# print: A
ifeq (a,b)
define A
endif
endef
endif
A ?= default
