# goal: t
# files: a:b
# An escaped colon in a prerequisite.
t: a\:b
	@:$(info [$^])
