# goal: sub/x.o
# files: sub/x.c
# A pattern rule's second expansion: `|` in the text or in a value starts
# the order-only names; the target's directory goes in front of each name
# a word with % gives (its % became $(*F)), not of the others.
.SECONDEXPANSION:
OO = | dir
%.o: %.c $$(OO) %.c
	@:$(info [$<|$^|$+|$||$*])
dir: ; @:
