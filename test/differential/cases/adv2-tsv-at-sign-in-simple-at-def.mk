# print: V
# target: t
t: V := [$@]
