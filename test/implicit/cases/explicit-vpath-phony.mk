# goal: all
# files: vp/a/keep vp/b/keep vp/c/keep vp/d vp/e
# A phony prerequisite is not looked for through VPATH, even with a
# directory of its name there (Kbuild's `scripts` target, out of tree:
# VPATH holds the source tree, which has a scripts/ directory); the others
# found there are named by their path.
VPATH = vp
.PHONY: a b
all: a b c d e
	@:$(info [$<] [$^])
a: ; @:
b:
c: ; @:
d: ; @:
