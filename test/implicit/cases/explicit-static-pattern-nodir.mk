# goal: d/x.o
# files: d/x.c
# A static pattern without a slash does not match a target with a directory
# by its file name: the pattern is matched against the whole name.
d/x.o: %.o: %.c
	@:$(info [$@|$<|$*|$(*D)|$(*F)])
