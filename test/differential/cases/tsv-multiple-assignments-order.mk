# print: V
# target: t
t: V := one
t: V += two
V := global
t: V += three
