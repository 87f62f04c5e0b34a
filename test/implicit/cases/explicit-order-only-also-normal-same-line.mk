# goal: t
# files: a b c
# The same name as normal and order-only on one line.
t: a b | b c a
	@:$(info [$<|$^|$+|$|])
