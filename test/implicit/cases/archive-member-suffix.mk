# goal: lib.a(x.o)
# files: x.o
# $* of an explicit rule for an archive member: the member without its suffix.
.SUFFIXES: .o
lib.a(x.o): x.o
	@:$(info [$@|$%|$*])
