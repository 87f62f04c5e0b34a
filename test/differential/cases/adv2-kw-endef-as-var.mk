endef := e
$(info [$(endef)])
$(info reached end $(.DEFAULT_GOAL))
