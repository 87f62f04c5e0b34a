export: x
x:
$(info $(.DEFAULT_GOAL))
