# goal: lib.a(m1.o)
# files: m1.o
# An archive member as the target: $@ the archive, $% the member.
lib.a(m1.o): m1.o
	@:$(info [$@|$%|$<|$*])
