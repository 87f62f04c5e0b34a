# goal: t
# files: d1/a d2/a d2/b
# vpath directives in order, then VPATH; the first directory that has it wins.
VPATH = d2
vpath a d1
vpath b d1
t: a b
	@:$(info [$^])
