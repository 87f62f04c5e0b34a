# print: A
A := 1
include inc-missing.d/nope.mk
A := 2
