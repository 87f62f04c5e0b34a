# goal: x.o
# files: src/x.c
# A pattern rule's prerequisite found through vpath.
vpath %.c src
%.o: %.c
	@:$(info [$<|$^|$*])
