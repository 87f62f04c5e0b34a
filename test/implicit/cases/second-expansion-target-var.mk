# goal: t
# files: a b
# A target-specific variable is seen by that target's second expansion, not another's.
.SECONDEXPANSION:
t: V = b
u: V = never
t: a $$(V)
	@:$(info [$^])
