# goal: a.o
# files: a.c a.s
# A name only a pattern rule names is no file entry: it does not "ought to
# exist", so the first rule fails and the second is used.
%.o: %.c helper.h
	@:$(info c [$<])
%.o: %.s
	@:$(info s [$<])
