# goal: x.o
# files: .c x.c
# Can % match nothing? A pattern x%.o for x.o.
x%.o: %.c
	@:$(info x [$<|$*])
%.o: %.c
	@:$(info plain [$<|$*])
