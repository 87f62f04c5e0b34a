# target: x.o
# print: STEM
# Without suffixes (make -r) $* of an explicit rule is empty.
STEM = [$*]
