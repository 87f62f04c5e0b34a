# goal: foo.o
# files: foo.c foo.s
# Suffix rules come after the makefile's pattern rules; the same pattern does not replace one.
.SUFFIXES: .s .c .o
.c.o:
	@:$(info <c: $@|$<|$^|$*>)
%.o: %.s
	@:$(info <s: $@|$<|$^|$*>)
