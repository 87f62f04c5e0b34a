# The other order: the include with the unmakeable chain is read last, so it
# is tried first.
include qux
include bar
all:
bar: baz
baz: end
