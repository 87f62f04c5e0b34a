a.o: foo: bar
