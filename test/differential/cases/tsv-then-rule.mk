# print: V
# target: t
t: V := tv
t: dep
dep:
