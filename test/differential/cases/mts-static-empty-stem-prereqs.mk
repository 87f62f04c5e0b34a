# A static pattern matching the whole target gives an empty stem; odd
# prerequisite patterns (repeated '%', 'y.%', '%.x').
# print: S P
# target: foo
foo: foo%: % %.x % % % y.% %
.x y.:
S = $*
P = $^ | $+
