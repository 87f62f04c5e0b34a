ifeq (1,1)
$(info first)
else ifeq ($(error should-not-expand),x)
$(info second)
else
$(info third)
endif
