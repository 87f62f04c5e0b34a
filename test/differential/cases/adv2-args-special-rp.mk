# args: .RECIPEPREFIX=>
t:
> @:
$(info reached end)
