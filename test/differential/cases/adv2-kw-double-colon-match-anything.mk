%:: ; @:
$(info reached end $(.DEFAULT_GOAL))
