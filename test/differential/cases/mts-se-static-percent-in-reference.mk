# Second expansion of a static pattern rule: '%' inside a reference becomes
# $* first, so $$(%_a) reads x_a at foo.x; $$($$*_b) reads x_b.
# print: P
# target: foo.x
.SECONDEXPANSION:
foo.x foo.y: foo.%: $$(%_a) $$($$*_b)
foo.x: x_a := bar
%.x: x_b := baz
bar baz:
P = $^
