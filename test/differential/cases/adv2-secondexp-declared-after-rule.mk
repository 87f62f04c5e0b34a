# print: ^
# target: t
t: $$(X)
.SECONDEXPANSION:
X := x
$$(X):
