.RECIPEPREFIX := >
> echo hi
