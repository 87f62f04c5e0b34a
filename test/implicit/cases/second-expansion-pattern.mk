# goal: d/x.o
# files: d/x.c d/x.h
# A pattern rule's second expansion: $$* is the stem with its directory, $$@ the target.
.SECONDEXPANSION:
%.o: %.c $$*.h $$(@D)/x.h
	@:$(info [$<|$^|$+|$*])
