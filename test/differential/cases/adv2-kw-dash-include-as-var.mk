-include := y
$(info [$(-include)])
$(info reached end $(.DEFAULT_GOAL))
