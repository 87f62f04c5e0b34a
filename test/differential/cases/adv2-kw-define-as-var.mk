define := d
$(info [$(define)])
$(info reached end $(.DEFAULT_GOAL))
