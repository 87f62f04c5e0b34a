include = x
$(info [$(include)])
$(info reached end $(.DEFAULT_GOAL))
