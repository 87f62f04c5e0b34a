# print: A
# target: t
V := simple-global
t: V = recursive-target
t: A = $(flavor V)
