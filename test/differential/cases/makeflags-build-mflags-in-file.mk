# args: A=1
# target: t
# print: MAKEFLAGS MFLAGS FL
# MFLAGS from the makefile stays as it is (make defines its own with a weaker origin).
MFLAGS := mine
FL = $(flavor MFLAGS) $(origin MFLAGS)
