a:b:=c
$(info [$(b)])
$(info reached end $(.DEFAULT_GOAL))
