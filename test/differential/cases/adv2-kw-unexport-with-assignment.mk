unexport X := 1
$(info [$(X)])
$(info reached end $(.DEFAULT_GOAL))
