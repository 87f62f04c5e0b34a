# Two target-specific += on one target, the second empty: each joins what
# is outside it, so the value ends in a blank.
# print: X
# target: u
X = a
E =
u: X += b
u: X += $(E)
