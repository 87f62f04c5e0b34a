# print: V
# target: a.o
a.o %.c: V := mixed
$(info reached end)
