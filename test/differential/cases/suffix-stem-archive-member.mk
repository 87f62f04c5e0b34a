# target: lib.a(m.o)
# print: STEM
# For an archive member the suffix is taken off the member's name.
.SUFFIXES: .o
STEM = [$*] [$(*F)]
