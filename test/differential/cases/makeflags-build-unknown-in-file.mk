# target: t
# print: MAKEFLAGS MFLAGS
MAKEFLAGS = xyz
