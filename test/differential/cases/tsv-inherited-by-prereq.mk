# print: V
# target: dep
prog: dep
prog: V := from-prog
dep:
V := global
