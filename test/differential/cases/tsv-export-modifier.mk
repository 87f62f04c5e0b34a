# print: V
# target: t
t: export V := exported
