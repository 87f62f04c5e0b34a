# print: A
# target: t
# env: A=env
t: A += tgt
