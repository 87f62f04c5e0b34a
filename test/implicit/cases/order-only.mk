# goal: a.o
# files: a.c
%.o: %.c | outdir
	@:$(info <$<|$^|$|>)
outdir: ;
