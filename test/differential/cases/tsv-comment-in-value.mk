# print: V
# target: t
t: V := val # comment
