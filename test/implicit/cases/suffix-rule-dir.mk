# goal: d/x.o
# files: d/x.c
# A suffix rule applies in a directory: $* keeps the directory.
.SUFFIXES: .c .o
.c.o:
	@:$(info [$@|$<|$*|$(*F)])
