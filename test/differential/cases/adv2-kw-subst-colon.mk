a := $(subst :, ,x:y)
$(info [$(a)])
$(info reached end $(.DEFAULT_GOAL))
