# print: V
a.o: %.o: V := x
$(info reached end)
