t:
	@echo # not a make comment $(info recipe-not-expanded)
$(info reached end)
