# print: V
# target: t
# args: V=cmd
t: private override V := x
