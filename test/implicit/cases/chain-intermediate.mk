# goal: prog.o
# files: prog.y
# prog.o needs prog.c, which does not exist but %.c: %.y makes it.
%.o: %.c
	@:$(info o <$@|$<|$^|$*>)
%.c: %.y
	@:$(info c <$@|$<|$*>)
