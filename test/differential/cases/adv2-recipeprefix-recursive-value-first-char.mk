.RECIPEPREFIX = $(P)
P := >
t:
> @echo hi
$(info reached end)
