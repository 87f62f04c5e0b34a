a: b ; c = d
$(info [$(c)])
$(info reached end $(.DEFAULT_GOAL))
