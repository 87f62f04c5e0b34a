# goal: a.o
# files: a.c a.h
# Explicit prerequisites of a target built by a pattern rule, one repeating the pattern's.
a.o: a.h a.c a.h | a.c
%.o: %.c
	@:$(info [$<|$^|$+|$|])
