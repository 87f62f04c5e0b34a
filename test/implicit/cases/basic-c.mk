# goal: foo.o
# files: foo.c
%.o: %.c
	@:$(info <$@|$<|$^|$*>)
