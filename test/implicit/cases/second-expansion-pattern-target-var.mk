# goal: x.o
# files: x.c y.h
# Target-specific variables are seen by a pattern rule's second expansion.
.SECONDEXPANSION:
x.o: EXTRA = y.h
%.o: %.c $$(EXTRA)
	@:$(info [$<|$^])
