# goal: t
# files: a b
# Target-specific variables referring to automatic variables, expanded in the recipe.
t: FLAGS = -o $@ -i $< all=$^
t: SIMPLE := [$@]
t: a b
	@:$(info $(FLAGS) $(SIMPLE))
