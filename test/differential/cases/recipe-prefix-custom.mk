# print: A B
.RECIPEPREFIX := >
t:
> A := recipe-line
B := 2
	C := tab-now-normal
