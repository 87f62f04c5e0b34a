# print: V
# target: lib/foo.o
lib/%.o: V = stem=$*
