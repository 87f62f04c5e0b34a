# print: A
A = $(A) x
