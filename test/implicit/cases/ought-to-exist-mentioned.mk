# goal: a.o
# files: a.in
# A name mentioned anywhere (here only as another target's order-only
# prerequisite) "ought to exist" (implicit.c: lookup_file() finds it): the
# first pass takes %.o: %.c, though %.o: %.s comes first.
other: | a.c
%.o: %.s
	@:$(info s [$<])
%.o: %.c
	@:$(info c [$<])
%.s: %.in
	@:$(info make s [$@])
%.c: %.in
	@:$(info make c [$@])
