# print: V
# target: t
t: V = x ; not recipe
