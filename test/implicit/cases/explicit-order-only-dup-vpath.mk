# goal: t
# files: src/a
# A name given by its path and through VPATH, once order-only and once normal.
VPATH = src
t: | a
t: src/a
	@:$(info [$^|$|])
