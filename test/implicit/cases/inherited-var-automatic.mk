# goal: all
# files: a.c
# A variable set on a parent target is inherited by the prerequisite's recipe, expanded with the prerequisite's $@.
all: V = [$@|$<]
all: a.o
	@:$(info all $(V))
%.o: %.c
	@:$(info o $(V))
