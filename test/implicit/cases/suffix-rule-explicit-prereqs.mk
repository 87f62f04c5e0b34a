# goal: foo.o
# files: foo.c foo.h
# A target with prerequisites but no recipe takes the suffix rule's.
.SUFFIXES: .c .o
foo.o: foo.h
.c.o:
	@:$(info [$<|$^|$*])
