# goal: a/b/c.o
# files: src/a/b/c.c
# A pattern with a slash: % becomes $* (the stem with its slashes), no directory put in front.
.SECONDEXPANSION:
a/%.o: src/a/$$*.c $$(dir src/a/%)
	@:$(info [$<|$^|$*])
src/a/b/: ; @:
