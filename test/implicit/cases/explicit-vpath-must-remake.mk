# goal: all
# files: vp/t1/keep vp/t2 vp/t3 vp/t4
# A target found through VPATH that must be remade is made under its own
# name: one with a phony prerequisite (Kbuild's FORCE), one whose
# prerequisite is no file (made by its recipe, or with none).
VPATH = vp
.PHONY: FORCE
all: t1 t2 t3 t4
	@:$(info [$<] [$^])
t1: FORCE ; @:
t2: FORCE
t3: missing-file ; @:
missing-file: ; @:
t4: FORCE2 ; @:
FORCE:
FORCE2:
