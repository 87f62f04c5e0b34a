# print: A B
A := [$(.RECIPEPREFIX)]
.RECIPEPREFIX := >
B := [$(.RECIPEPREFIX)]
