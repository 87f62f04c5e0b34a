# print: ^ |
# target: t
.SECONDEXPANSION:
t: $$(X) | $$(Y)
X := x1
Y := y1
x1 y1:
