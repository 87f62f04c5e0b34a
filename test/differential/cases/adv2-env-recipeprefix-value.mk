# env: .RECIPEPREFIX=>
$(info [$(.RECIPEPREFIX)] $(origin .RECIPEPREFIX))
