# print: V
# target: obj.o
name := obj
$(name).o: V := computed
