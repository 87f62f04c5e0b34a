# print: * <
# target: dir/x.o
dir/x.o: %.o: %.c
dir/x.c:
