# goal: foo.o
# files: foo.c
# A suffix rule .c.o (with .c and .o in .SUFFIXES) is the pattern rule %.o: %.c.
.SUFFIXES: .c .o
.c.o:
	@:$(info <$@|$<|$^|$*>)
