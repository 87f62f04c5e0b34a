.RECIPEPREFIX := >
t:
	A := 1
$(info [$(A)])
