# print: A
# target: t
private A := global
