# goal: d/x.o
# files: d/x.c
# Pattern-specific variables: %.o matches d/x.o whole; d/% more specific comes later.
%.o: V = any
d/%: V += in-d
x.o: V = never
%.o: %.c
	@:$(info [$(V)|$*])
