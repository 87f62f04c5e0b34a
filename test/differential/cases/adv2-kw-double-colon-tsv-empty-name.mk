a :: = b
$(info reached end $(.DEFAULT_GOAL))
