# goal: d/x.o
# files: d/x.c d/x.h
# A static pattern rule with a directory: $$* is the stem, % each become it.
.SECONDEXPANSION:
d/x.o: d/%.o: d/$$*.c $$(@D)/%.h
	@:$(info [$<|$^|$*])
