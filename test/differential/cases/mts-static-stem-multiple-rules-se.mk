# The same with second expansion: $$* in each rule's prerequisites is that
# rule's stem.
# print: S P
# target: all.foo.bar
.SECONDEXPANSION:
all.foo.bar: %.foo.bar: %.one $$*-one
all.foo.bar: %.bar: %.two $$*-two
all.one all-one all.foo.two all.foo-two:
S = $*
P = $^
