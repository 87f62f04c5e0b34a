# print: V
# target: foo.o
foo.o: V := target
%.o: V := pattern
