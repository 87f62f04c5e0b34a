# print: V
# target: t
V := global
t: V := local
t: V += more
