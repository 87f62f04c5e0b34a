# print: V
# target: t
t: V = [$^]
t: $$(X)
$$(X):
