# print: * <
# target: dir/x.o
dir/x.o: dir/%.o: src/%.c
src/x.c:
