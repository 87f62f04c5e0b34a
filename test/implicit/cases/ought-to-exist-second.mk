# goal: a.o
# files: a.in
# A name mentioned only through another target's second expansion ought to exist too.
.SECONDEXPANSION:
C = a.c
other: $$(C)
%.o: %.s
	@:$(info s [$<])
%.o: %.c
	@:$(info c [$<])
%.s: %.in
	@:$(info make s [$@])
%.c: %.in
	@:$(info make c [$@])
