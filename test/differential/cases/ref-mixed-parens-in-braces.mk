# print: A
v := x
A := ${v)}
$(info reached end)
