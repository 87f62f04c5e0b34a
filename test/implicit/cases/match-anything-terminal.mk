# goal: a
# files: a.v
# A terminal match-anything rule (%:: %.v), as make's built-in RCS ones.
%:: %.v
	@:$(info [$@|$<|$*])
