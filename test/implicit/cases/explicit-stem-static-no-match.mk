# goal: b.x
# files: a.c
# A target of a static pattern rule that does not match its pattern: recorded
# without prerequisites, $* its name (with a warning).
a.o b.x: %.o: %.c
	@:$(info [$@|$<|$^|$*])
