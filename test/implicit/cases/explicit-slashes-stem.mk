# goal: out/a/b/c.o
# files: src/a/b/c.c
# A static pattern's stem with several directories; D/F forms of $* $< $@.
out/a/b/c.o: out/%.o: src/%.c
	@:$(info [$*|$(*D)|$(*F)|$(<D)|$(<F)|$(@D)|$(@F)])
