export export := 1
$(info [$(export)])
$(info reached end $(.DEFAULT_GOAL))
