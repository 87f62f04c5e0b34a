private := p
$(info [$(private)])
$(info reached end $(.DEFAULT_GOAL))
