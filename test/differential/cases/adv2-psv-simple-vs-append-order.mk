# print: V
# target: ab.o
V := g
%.o: V += p1
a%.o: V := p2
ab%: V += p3
