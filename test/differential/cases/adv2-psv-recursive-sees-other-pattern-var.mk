# print: V
# target: a.o
%.o: V = [$(W)]
%.o: W := w
