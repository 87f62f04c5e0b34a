# A substitution reference with an escaped colon in a second-expanded
# prerequisite list.
# print: P
# target: foo
.PHONY: foo.bar
.SECONDEXPANSION:
foo: $$(@\:%=%.bar)
foo.bar:
P = $^
