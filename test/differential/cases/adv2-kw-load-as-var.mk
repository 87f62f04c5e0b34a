load := 1
$(info [$(load)])
$(info reached end $(.DEFAULT_GOAL))
