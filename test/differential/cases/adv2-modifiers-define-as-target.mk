define: x
x:
$(info $(.DEFAULT_GOAL))
