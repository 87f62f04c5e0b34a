# goal: t2
# files: p q r s
# Several targets with one recipe, each with prerequisites of its own from other lines.
t1: r
t1 t2: p
	@:$(info [$@|$<|$^])
t2: s
t2 t1: q
