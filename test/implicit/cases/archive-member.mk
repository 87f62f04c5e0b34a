# goal: lib.a
# files: m1.o m2.o
# Archive members: $@ is the archive, $% the member, $^ the members.
lib.a: lib.a(m1.o) lib.a(m2.o)
	@:$(info [$@|$<|$^|$+|$%])
lib.a(m1.o) lib.a(m2.o): ; @:
