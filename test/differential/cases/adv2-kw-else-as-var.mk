else = 2
$(info [$(else)])
$(info reached end $(.DEFAULT_GOAL))
