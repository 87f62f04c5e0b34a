.RECIPEPREFIX := >
undefine .RECIPEPREFIX
t:
	@echo tab-again
$(info reached end)
