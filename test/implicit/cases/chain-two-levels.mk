# goal: d/x.o
# files: d/x.src
d/%.o: d/%.c FORCE
	@:$(info o <$<|$*>)
d/%.c: d/%.i
	@:$(info c <$<>)
d/%.i: d/%.src
	@:$(info i <$<>)
FORCE:
