# print: A
A = $(B)
B = $(A)
