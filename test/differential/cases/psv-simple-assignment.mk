# print: V
# target: a.o
X := 1
%.o: V := $(X)
X := 2
