# A literal '|' before a second-expanded reference.
# print: P O
# target: bar
.SECONDEXPANSION:
P2=p2
bar: p1|$$(P2)
p1 p2:
P = $^
O = $|
