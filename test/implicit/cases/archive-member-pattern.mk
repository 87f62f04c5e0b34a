# goal: lib.a(m1.o)
# files: m1.c
# The implicit rule for an archive member: (%.o): %.o, %.o: %.c.
(%.o): %.c
	@:$(info [$@|$%|$<|$*])
