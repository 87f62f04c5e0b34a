endif := 1
$(info [$(endif)])
$(info reached end $(.DEFAULT_GOAL))
