# goal: foo.o
# files: foo.c foo.h
foo.o: foo.h FORCE
FORCE:
%.o: %.c
	@:$(info <$@|$<|$^|$+|$*>)
