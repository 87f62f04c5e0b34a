# print: V
# args: V=cmd
# target: t
t: V += x
