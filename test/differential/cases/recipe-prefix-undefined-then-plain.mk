# After undefine, .RECIPEPREFIX is a plain variable: assigning it no longer
# changes the recipe prefix (variable.c set_special_var() runs only for the
# variable make defined at start), so '>' starts no recipe.
undefine .RECIPEPREFIX
.RECIPEPREFIX = >
all:
>@echo hi
$(info reached end)
