# A missing include whose rule needs an unmakeable file, read before another
# missing include without any rule: the later one is tried first.
include bar
include qux
all:
bar: baz
baz: end
