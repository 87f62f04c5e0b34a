sinclude += z
$(info [$(sinclude)])
$(info reached end $(.DEFAULT_GOAL))
