# print: V
# target: t.o
%.o: V := p
t.o: V += t
