# print: V
# target: a.o
%.o: V += p1
%.o: V := p2
%.o: V += p3
