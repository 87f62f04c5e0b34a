ifeq (a,b)
define X
  endef   
$(info in-false)
endif
$(info reached end)
