# print: V
# target: src/foo.o
src/%.o: V = [$*] [$@]
