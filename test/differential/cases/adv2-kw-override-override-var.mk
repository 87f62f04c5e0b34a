override override := 1
$(info [$(override)])
$(info reached end $(.DEFAULT_GOAL))
