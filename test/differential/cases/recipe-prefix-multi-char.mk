# print: A
.RECIPEPREFIX := ab
t:
a A := x
$(info reached end)
