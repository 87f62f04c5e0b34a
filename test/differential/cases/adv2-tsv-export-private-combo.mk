# print: V
# target: t
t: export private V := x
$(info reached end)
