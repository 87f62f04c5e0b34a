# goal: x.o
# files: x.y
# A pattern-specific variable of an intermediate file's pattern applies to it, not to the goal.
%.c: V = for-c
%.o: %.c
	@:$(info o [$(V)])
%.c: %.y
	@:$(info c [$(V)|$@])
