# print: V
# target: a.o
a.o: %.o: static-pattern-escaped-percent.d/\%%.c
a.o: V = $<
