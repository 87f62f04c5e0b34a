# print: V
# target: a.o
# args: V=cmd
%.o: V := p
