# goal: t
# files: src/a
# A prerequisite found through VPATH; GPATH does not change its name.
VPATH = src
GPATH = src
t: a
	@:$(info [$^])
