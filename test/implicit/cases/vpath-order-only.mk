# goal: t
# files: src/a src/o
# Order-only prerequisites found through VPATH are named by their path too.
VPATH = src
t: a | o
	@:$(info [$^|$|])
