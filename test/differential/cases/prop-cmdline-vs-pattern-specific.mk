# target: x.o
# print: C D
# args: C=a
# args: D=b
%.o: C = pat
%.o: D += pat
