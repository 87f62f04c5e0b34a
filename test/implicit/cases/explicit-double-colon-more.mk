# goal: t
# files: a b c d
# Double-colon rules, one without a recipe, one under second expansion,
# one with order-only prerequisites: each recipe sees its own rule's.
.SECONDEXPANSION:
D = d
t:: a | b
	@:$(info one [$<|$^|$||$@])
t:: c
t:: $$(D) a
	@:$(info three [$<|$^|$+])
