t:
	@echo one
.RECIPEPREFIX := >
> @echo two
	@echo three
$(info reached end)
