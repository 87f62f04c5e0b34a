# goal: a%b.o
# files: a%b.c
# An escaped percent in a static pattern: `\%` is a literal percent, the
# other % the stem; a target named with `\%` is an ordinary name.
a\%b.o: a\%%.o: a\%%.c
	@:$(info [$@|$<|$*])
