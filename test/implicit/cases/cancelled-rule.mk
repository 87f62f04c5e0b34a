# goal: a.o
# files: a.c a.s
%.o: %.c
	@:$(info c <$<>)
%.o: %.s
	@:$(info s <$<>)
%.o: %.c
