# print: V
# target: t
# args: V=cmd
t: override V += tgt
