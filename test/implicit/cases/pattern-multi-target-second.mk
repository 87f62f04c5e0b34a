# goal: x.tab.h
# files: x.y
# The second target of a multi-target pattern rule.
%.tab.c %.tab.h: %.y
	@:$(info [$@|$<|$*])
