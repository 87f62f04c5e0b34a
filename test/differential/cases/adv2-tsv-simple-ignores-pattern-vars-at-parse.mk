# print: V
# target: t.o
%.o: P := pat
t.o: V := [$(P)]
