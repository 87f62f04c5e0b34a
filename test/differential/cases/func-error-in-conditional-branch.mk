ifeq (a,b)
$(error not taken)
else
$(info taken)
endif
$(error taken error,with comma)
