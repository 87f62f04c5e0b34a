# print: V
# target: a.o
%.o %.x: V := multi
$(info reached end)
