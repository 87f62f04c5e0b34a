ifeq ($(warning in-cond),)
endif
ifeq (a,\
  $(warning in-cond2))
endif
$(info reached end)
