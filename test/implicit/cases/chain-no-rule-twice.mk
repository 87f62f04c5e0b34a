# goal: a.o
# files: a.c
# The first rule needs a.x, which only this same rule could make: the second rule is used.
%.o: %.x
	@:$(info x <$<>)
%.x: %.o
	@:$(info never)
%.o: %.c
	@:$(info c <$<>)
