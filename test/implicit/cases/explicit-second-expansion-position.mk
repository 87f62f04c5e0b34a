# goal: t
# files: a b c d
# Second-expanded prerequisites keep their place among the others (expand_deps() replaces in place).
.SECONDEXPANSION:
B = b
D = d
t: a
t: $$(B)
t: c
	@:$(info [$<|$^])
t: $$(D)
