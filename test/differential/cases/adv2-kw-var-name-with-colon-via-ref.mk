a := x:y
$(a) = b
$(info [$(x:y)])
$(info reached end $(.DEFAULT_GOAL))
