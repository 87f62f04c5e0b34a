# print: V
# target: t
t: V = a;b
