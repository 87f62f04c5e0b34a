ifeq (a,b) "c"
endif
$(info reached end)
