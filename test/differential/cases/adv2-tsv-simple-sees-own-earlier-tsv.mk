# print: V
# target: t
t: A := a
t: V := [$(A)]
