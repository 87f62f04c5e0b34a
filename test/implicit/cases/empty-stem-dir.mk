# goal: d/x.o
# files: d/.c d/x.c
# A pattern without a slash for a name in a directory: x%.o for d/x.o; the
# stem with its directory (d/) is not empty.
x%.o: %.c
	@:$(info x [$<|$*])
%.o: %.c
	@:$(info plain [$<|$*])
