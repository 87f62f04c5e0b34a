# goal: t
# files: a b
# With the recipe on the second-expanded line, its list comes first: while it is expanded, $$< is empty (the first prerequisite still needs expanding) and $$^ holds the others.
.SECONDEXPANSION:
t: a
t: b <$$<> <$$^>
	@:$(info [$<|$^])
<>: ; @:
<a>: ; @:
