# print: V
# target: t
a:
b:
c:
t: a | b c
t: V = [$^] [$|]
