# print: V
# target: a.o
a.c:
a.o b.o: %.o: %.c
a.o: V = [$<] [$*]
