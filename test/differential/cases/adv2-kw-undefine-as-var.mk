undefine := u
$(info [$(undefine)])
$(info reached end $(.DEFAULT_GOAL))
