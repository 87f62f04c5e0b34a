# goal: d/x.o
# files: d/x.S
# The first rule's second-expanded prerequisite does not exist: the next rule is used.
.SECONDEXPANSION:
%.o: $$(@D)/$$(*F).c
	@:$(info c [$<|$*])
%.o: $$(basename $$@).S
	@:$(info S [$<|$*])
