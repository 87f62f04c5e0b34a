# goal: a.o
# files: a.c
# A target built by a pattern rule with explicit order-only prerequisites.
a.o: | outdir
%.o: %.c | stamp
	@:$(info [$<|$^|$|])
outdir stamp: ; @:
