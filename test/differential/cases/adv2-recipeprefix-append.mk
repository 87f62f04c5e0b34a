.RECIPEPREFIX := >
.RECIPEPREFIX += x
t:
> @echo hi
$(info [$(.RECIPEPREFIX)])
