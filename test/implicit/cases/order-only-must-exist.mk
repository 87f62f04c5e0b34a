# goal: x.o
# files: x.c x.s
# A pattern rule's order-only prerequisite must exist or be makeable like
# the others: the first rule is not used.
%.o: %.c | missing-dir
	@:$(info c [$<|$|])
%.o: %.s | x.c
	@:$(info s [$<|$|])
