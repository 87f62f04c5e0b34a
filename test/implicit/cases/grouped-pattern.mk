# goal: p.h
# files: p.y
# A pattern rule with several targets (grouped by nature): $@ is the one asked for.
%.c %.h: %.y
	@:$(info [$@|$<|$*])
all: p.c p.h
