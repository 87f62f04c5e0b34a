# print: V
# target: t
t: V = $(word x,a)
