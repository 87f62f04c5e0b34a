# goal: lib.a(x.o)
# files: x.c
# The archive rule (%): % as make's built-in one, with an intermediate
# member made from its source first.
(%): %
	@:$(info ar [$@|$%|$<|$*])
%.o: %.c
	@:$(info o [$@|$<|$*])
