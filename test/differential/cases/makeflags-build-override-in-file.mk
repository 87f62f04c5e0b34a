# target: t
# print: MAKEFLAGS MFLAGS FL
# An override MAKEFLAGS stays; MFLAGS is recomputed.
override MAKEFLAGS := k
FL = $(flavor MAKEFLAGS) $(origin MAKEFLAGS)
