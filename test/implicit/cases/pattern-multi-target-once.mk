# goal: all
# files: p.y
# A pattern rule with several targets makes them all with one run of its
# recipe: needed twice, it runs once.
all: p.c p.h
	@:$(info all [$^])
%.c %.h: %.y
	@:$(info gen [$@|$<|$*])
