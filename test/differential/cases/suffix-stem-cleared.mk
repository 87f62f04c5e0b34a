# target: x.o
# print: STEM
.SUFFIXES: .o
.SUFFIXES:
STEM = [$*]
