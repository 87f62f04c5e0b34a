.PHONY: x
x y:
$(info reached end $(.DEFAULT_GOAL))
