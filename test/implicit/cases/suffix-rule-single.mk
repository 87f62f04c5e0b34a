# goal: prog
# files: prog.c
# A single-suffix rule .c: builds prog from prog.c.
.SUFFIXES: .c
.c:
	@:$(info [$@|$<|$*])
