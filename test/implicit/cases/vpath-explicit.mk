# goal: t
# files: src/a.c src/b.h inc/c.h d.h
# VPATH and vpath: prerequisites found in other directories are named by their path.
VPATH = src
vpath %.h inc
t: a.c b.h c.h d.h
	@:$(info [$<|$^|$(^D)|$(^F)])
