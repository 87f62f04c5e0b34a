# goal: x.o
# files: x.c
# $$* in an explicit rule's second expansion: the name less its suffix from .SUFFIXES.
.SECONDEXPANSION:
.SUFFIXES: .o
x.o: $$*.c
	@:$(info [$<|$*])
