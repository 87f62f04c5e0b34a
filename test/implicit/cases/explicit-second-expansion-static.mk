# goal: x.o
# files: x.c x.h
# A static pattern rule's second expansion: $$* and % stand for the stem.
.SECONDEXPANSION:
x.o: %.o: $$*.c $$(addsuffix .h,%)
	@:$(info [$<|$^|$*])
