# A '|' that a variable brings into a second-expanded list separates
# order-only prerequisites.
# print: P O
# target: foo
.SECONDEXPANSION:
PREREQS=p1|p2
foo: $$(PREREQS)
p1 p2:
P = $^
O = $|
