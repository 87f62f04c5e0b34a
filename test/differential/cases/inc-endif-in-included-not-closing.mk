ifeq (1,1)
include inc-endif-in-included-not-closing.d/c.mk
