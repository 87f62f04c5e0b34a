# args: .RECIPEPREFIX=>
.RECIPEPREFIX := +
t:
> @echo x
$(info reached end)
