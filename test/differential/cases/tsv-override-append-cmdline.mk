# print: V
# args: V=cmd
# target: t
t: override V += x
