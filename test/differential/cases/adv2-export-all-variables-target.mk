.EXPORT_ALL_VARIABLES:
A := 1
$(info reached end $(.DEFAULT_GOAL))
