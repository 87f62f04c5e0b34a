.RECIPEPREFIX := >
>X := not-assigned
$(info [$(X)])
