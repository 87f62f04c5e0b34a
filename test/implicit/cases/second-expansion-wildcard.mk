# goal: t
# files: w1.c w2.c
# $$(wildcard) in a second expansion.
.SECONDEXPANSION:
t: $$(wildcard w*.c)
	@:$(info [$^])
