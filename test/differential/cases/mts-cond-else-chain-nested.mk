# else-if chains with mixed quotes, one nested conditional inside a branch.
arg1 = first
arg2 = second
arg3 = third
arg5 = second
ifeq ($(arg1),$(arg2))
  $(info failed 1)
else ifeq '$(arg2)' "$(arg2)"
  ifdef undefined
    $(info failed 2)
  else
    $(info success)
  endif
else ifneq '$(arg3)' '$(arg3)'
  $(info failed 3)
else ifdef arg5
  $(info failed 4)
else
  $(info failed 6)
endif
