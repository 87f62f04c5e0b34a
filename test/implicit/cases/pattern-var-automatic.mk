# goal: d/m.o
# files: d/m.c
# Pattern-specific variables using $* and $<, and += from target and pattern.
%.o: CFLAGS = -DSTEM=$* -DSRC=$<
d/m.o: CFLAGS += -DT=$(@F)
%.o: %.c
	@:$(info [$(CFLAGS)])
