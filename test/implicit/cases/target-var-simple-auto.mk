# goal: a.o
# files: a.c
# A target-specific := expands automatic variables when read: empty then.
a.o: S := [$@|$<]
a.o: R = [$@|$<]
%.o: %.c
	@:$(info $(S) $(R))
