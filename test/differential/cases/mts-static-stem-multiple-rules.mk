# Two static pattern rules for one target with different patterns: $* is the
# stem of the first, each rule's prerequisites use its own stem.
# print: S P
# target: all.foo.bar
all.foo.bar: %.foo.bar: %.one
all.foo.bar: %.bar: %.two
all.one all.foo.two:
S = $*
P = $^
