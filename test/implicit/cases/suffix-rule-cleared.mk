# goal: foo.o
# files: foo.c foo.s
# .SUFFIXES: with nothing clears the list: a suffix rule defined before then
# is no longer one; new suffixes make another apply.
.SUFFIXES: .c .o
.c.o:
	@:$(info c [$<])
.SUFFIXES:
.SUFFIXES: .s .o
.s.o:
	@:$(info s [$<|$*])
