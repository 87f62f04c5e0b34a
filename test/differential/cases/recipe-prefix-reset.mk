# print: A
.RECIPEPREFIX := >
.RECIPEPREFIX :=
t:
	A := recipe
$(info reached end)
