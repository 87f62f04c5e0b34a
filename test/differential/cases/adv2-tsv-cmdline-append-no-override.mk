# print: V
# target: t
# args: V=cmd
t: V += tgt
