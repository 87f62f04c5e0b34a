# print: V
# target: t
X := hello
t: V = [$^]
t: $$(X)
$$(X):
