# print: V
# target: t
override V := g
t: V := t
