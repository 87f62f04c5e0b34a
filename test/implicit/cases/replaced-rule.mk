# goal: a.o
# files: a.c
%.o: %.c
	@:$(info first <$<>)
%.o: %.c
	@:$(info second <$<>)
