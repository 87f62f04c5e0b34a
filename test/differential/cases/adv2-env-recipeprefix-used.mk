# env: .RECIPEPREFIX=>
t:
> @:
$(info reached end)
