.RECIPEPREFIX := >
t:
> @echo hi
.RECIPEPREFIX :=
u:
	@echo ho
$(info [$(.RECIPEPREFIX)] $(origin .RECIPEPREFIX))
