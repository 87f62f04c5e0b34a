# target: t1
# In snap_deps() a second expansion that evaluates a rule stops: make reads
# "at" the recipe of the target whose prerequisites it expands.
.SECONDEXPANSION:
R = y.o: ; @:
other: $$(eval $$(R))
	@:
t1:
