# target: t
# print: MAKEFLAGS
# MAKEOVERRIDES set by the makefile alone is enough.
MAKEOVERRIDES += Q=1
