# goal: prog
# files: a.y b.c
# A chain through an intermediate file, with a variable of the goal inherited down.
prog: V = from-prog
prog: a.o b.o
	@:$(info prog [$^|$(V)])
%.o: %.c
	@:$(info o [$@|$<|$(V)])
%.c: %.y
	@:$(info c [$@|$<|$(V)])
