# print: ^
# target: a.o
.SECONDEXPANSION:
a.o: %.o: $$(addsuffix .c,%)
a.c:
