# print: V
# target: prog
a.c:
b.c:
prog: a.c b.c
prog: V = $@ [$<] [$^]
