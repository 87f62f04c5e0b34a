# target: x.o
# print: * @
x.o: dir/%.o: a.c
