# print: A
ifeq (1,1)
define A
else
endef
endif
