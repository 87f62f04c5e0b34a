# Target-specific += whose own part expands empty: make joins the outer
# value and the empty part with a blank (a trailing space stays); with no
# outer value, nothing.
# print: X Y
# target: t
X = a
E =
t: X += $(E)
t: Y += $(E)
