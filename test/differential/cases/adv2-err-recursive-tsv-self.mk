# print: V
# target: t
t: V = $(V)x
