include: x
x:
$(info $(.DEFAULT_GOAL))
