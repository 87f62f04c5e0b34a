# print: V W
# args: V=cmd W=cmd
# target: t
t: override V := target
t: W := target
