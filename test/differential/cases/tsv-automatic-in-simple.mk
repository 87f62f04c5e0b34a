# print: V
# target: prog
prog: V := [$@]
