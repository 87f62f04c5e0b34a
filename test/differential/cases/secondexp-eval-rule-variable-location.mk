# target: t1
# Without a recipe, the first variable expanded is where make reads
# (recursively_expand_for_file): E's line, not R's.
.SECONDEXPANSION:
R = y.o: ; @:
E = $(eval $(R))
other: $$(E)
t1:
