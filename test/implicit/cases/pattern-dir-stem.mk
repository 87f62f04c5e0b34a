# goal: out/a/b/c.o
# files: src/a/b/c.c
# A pattern rule with directories on both sides: the stem keeps its slashes.
out/%.o: src/%.c
	@:$(info [$*|$(*D)|$(*F)|$<|$(<D)])
