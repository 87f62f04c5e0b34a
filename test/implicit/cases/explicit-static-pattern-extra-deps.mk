# goal: a.o
# files: a.c dep.h late.h
# A static pattern rule plus later recipe-less rules: $* from the pattern.
a.o: dep.h
a.o b.o: %.o: %.c
	@:$(info [$<|$^|$*])
a.o: late.h
