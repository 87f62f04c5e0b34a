# print: A
A:b = c
$(info reached end)
