# goal: t2
# files: p q
# Several targets on one line: each is its own rule, $@ is the one built.
t1 t2 t3: p q
	@:$(info [$@|$<|$^|$*])
