# print: V W
# target: t
# args: V=cmd
t: V := t
t: W := [$(V)]
