X := c
ifeq ($(X),a)
$(info a)
else ifeq ($(X),b)
$(info b)
else ifdef NOPE
$(info nope)
else ifneq ($(X),c)
$(info not-c)
else ifeq ($(X),c)
  ifdef X
    $(info c-and-X)
  else
    $(info c-no-X)
  endif
else
$(info last)
endif
