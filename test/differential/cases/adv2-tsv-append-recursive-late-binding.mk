# print: V
# target: t
V := a$(X)
t: V += $(X)
X := 2
