# goal: t
# files: a b o
# A `|` that a second expansion gives starts the order-only prerequisites;
# $$+ keeps duplicates.
.SECONDEXPANSION:
OO = | o
t: a b a
t: $$+ $$(OO)
	@:$(info [$<|$^|$+|$|])
