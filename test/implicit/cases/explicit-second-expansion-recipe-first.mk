# goal: t
# files: a b
# A second-expanded list on the recipe's rule goes first, like any recipe rule's.
.SECONDEXPANSION:
B = b
t: a
t: $$(B)
	@:$(info [$<|$^])
