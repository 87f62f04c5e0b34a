# print: A
# target: t
# args: A=cmd
t: A += tgt
t: override A += otgt
