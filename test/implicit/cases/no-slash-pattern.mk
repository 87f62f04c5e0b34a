# goal: d/e/f.o
# files: d/e/f.c
%.o: %.c
	@:$(info <$@|$<|$^|$*|$(*D)|$(*F)>)
