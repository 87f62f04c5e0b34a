# print: V
# env: V=env
# target: t
t: V += x
