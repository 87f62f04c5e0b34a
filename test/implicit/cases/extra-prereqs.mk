# goal: t
# files: a b x y
# .EXTRA_PREREQS (make 4.3): prerequisites left out of every automatic variable.
.EXTRA_PREREQS = x
t: a b
	@:$(info [$<|$^|$+|$||$?])
