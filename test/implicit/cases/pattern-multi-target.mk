# goal: x.tab.c
# files: x.y
# A pattern rule with several targets: $@ is the target asked for, $* its stem.
%.tab.c %.tab.h: %.y
	@:$(info [$@|$<|$*])
