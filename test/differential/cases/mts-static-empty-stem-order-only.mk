# An empty stem, order-only '%' prerequisites: the empty names are dropped
# from $| too.
# print: P O
# target: foo
foo: foo%: a% | % o.%
a o.:
P = $^
O = $|
