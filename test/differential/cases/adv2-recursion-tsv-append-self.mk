# print: A
# target: t
A := g
t: A += $(A)
