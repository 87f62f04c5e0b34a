# print: V
# target: t
V = $(V) x
t: V += y
