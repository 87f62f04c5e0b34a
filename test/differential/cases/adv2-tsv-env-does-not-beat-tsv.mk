# print: V
# target: t
# env: V=env
t: V := t
