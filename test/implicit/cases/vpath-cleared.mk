# goal: t
# files: d1/a d2/b
# `vpath PATTERN` with no directories forgets that pattern's; `vpath` alone forgets all.
vpath a d1
vpath b d2
vpath a
t: a b
	@:$(info [$^])
vpath
a b: ; @:
