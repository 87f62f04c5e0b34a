# print: V
# target: t
V :=
t: V += y
$(info [$(V)])
