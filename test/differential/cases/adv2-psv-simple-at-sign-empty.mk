# print: V
# target: a.o
%.o: V := [$@]
