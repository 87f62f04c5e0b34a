ifeq (1,1)
include inc-unterminated-conditional-in-included.d/c.mk
endif
