.DEFAULT_GOAL := a b
a b:
$(info [$(.DEFAULT_GOAL)])
