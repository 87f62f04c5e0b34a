# print: ^ a
# target: t
E := =
t: a$(E)b
a$(E)b:
t: a=c
