P := foo
a.o: $(P): x
