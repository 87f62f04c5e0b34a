# goal: t
# files: a b c
# Order-only first (recipe rule), the same name normal in a later rule without a recipe.
t: c | a
	@:$(info [$<|$^|$+|$|])
t: b a
