# goal: t
# files: a x y
# A target's own .EXTRA_PREREQS replaces the global one; still not in $^.
.EXTRA_PREREQS = x
t: .EXTRA_PREREQS = y
t: a
	@:$(info [$<|$^|$+])
