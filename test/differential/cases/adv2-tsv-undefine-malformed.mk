# print: V
# target: t
V := g
t: undefine V
$(info reached end)
