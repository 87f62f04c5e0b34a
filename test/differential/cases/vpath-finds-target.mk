# print: < ^
# target: t
# VPATH finds a name the makefile makes a target (vpath.c: a file entry that is
# a target is there), not only a file: c.c is the target below the directory.
VPATH := vpath-finds-target.d
t: c.c
vpath-finds-target.d/c.c: ; @:
