# target: .o
# print: STEM
# The suffix must be shorter than the name.
.SUFFIXES: .o
STEM = [$*]
