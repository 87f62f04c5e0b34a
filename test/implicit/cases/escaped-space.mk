# goal: t
# files: x
# An escaped blank in a prerequisite name.
t: a\ b x
	@:$(info [$<|$^|$+])
a\ b: ; @:
