# goal: lib/a.o
# files: lib/a.c lib/a.x
%.o: %.x
	@:$(info long <$<|$*>)
lib/%.o: lib/%.c
	@:$(info short <$<|$*>)
