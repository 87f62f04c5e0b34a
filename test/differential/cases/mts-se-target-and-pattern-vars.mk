# Second expansion of prerequisites sees target- and pattern-specific
# variables, even those defined after the rule.
# print: P
# target: foo.x
.SECONDEXPANSION:
foo.x: $$a $$b
foo.x: a := bar
%.x: b := baz
bar baz:
P = $^
