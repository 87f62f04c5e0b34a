# target: x.o
# print: A
A := 1
include nothere.mk
