# print: V
# target: t
a:
t: a | a
t: V = [$^] [$|]
