# print: V
# target: a.o
V = g
%.o: V ::= p$(V)
