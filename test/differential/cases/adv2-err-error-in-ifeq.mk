ifeq ($(error in-ifeq),)
endif
