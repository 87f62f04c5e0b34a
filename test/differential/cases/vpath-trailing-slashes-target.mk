# target: t
# print: ^
# A VPATH directory still ending in a slash after vpath.c drops one finds
# nothing, not even a target the makefile names there: x.c stays x.c (with
# `none/` it would be none/x.c).
VPATH = vpath-trailing-slashes.d/none//
t: x.c
x.c: ; @:
vpath-trailing-slashes.d/none//x.c: ; @:
