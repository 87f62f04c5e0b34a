# print: C
.RECIPEPREFIX := >
	C := tab-is-whitespace
