# A missing 'include' and a missing '-include', both with rules needing a
# file with no rule: the error names the deepest missing one.
include bar
-include foo
all:
foo: baz
bar: baz
baz: end
