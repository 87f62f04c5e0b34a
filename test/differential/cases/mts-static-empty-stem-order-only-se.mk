# An empty stem with second expansion on, normal and order-only '%'
# prerequisites: the names left empty are dropped after the second expansion.
# print: S P O
# target: foo
.SECONDEXPANSION:
X = x.%
foo: foo%: % %.y $$(X) | % o.%
.y x. o.:
S = $*
P = $^ | $+
O = $|
