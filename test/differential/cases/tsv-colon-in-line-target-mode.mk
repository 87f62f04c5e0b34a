# print: b
# target: A
A:b = c
