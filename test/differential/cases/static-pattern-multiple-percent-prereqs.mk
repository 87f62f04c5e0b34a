# print: V
# target: a.o
a.c:
a.h:
common.h:
a.o: %.o: %.c %.h common.h
a.o: V = $^
