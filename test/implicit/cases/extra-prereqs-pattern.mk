# goal: a.o
# files: a.c x
# .EXTRA_PREREQS with a pattern rule.
.EXTRA_PREREQS := x
%.o: %.c
	@:$(info [$<|$^|$+])
