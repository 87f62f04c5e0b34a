# goal: obj/x.o
# files: src/x.c
# vpath with a pattern: %.c found in src for a prerequisite of a rule with a directory.
vpath %.c src
obj/%.o: %.c
	@:$(info [$<|$^|$*])
