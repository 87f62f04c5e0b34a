# goal: x.o
# files: .c
# A static pattern x%.o for x.o: the stem is empty.
x.o: x%.o: %.c
	@:$(info [$<|$*])
