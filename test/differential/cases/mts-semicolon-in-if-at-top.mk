# A semicolon inside a function call on a line of its own is not a recipe.
$(if true,$(info true; true))
