# print: V
# target: x.c
%.o: x.c
x.c:
%.o: private V := p
V := g
