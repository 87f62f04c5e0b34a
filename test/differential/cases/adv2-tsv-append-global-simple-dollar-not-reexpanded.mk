# print: V
# target: t
V := $$x
t: V += y
