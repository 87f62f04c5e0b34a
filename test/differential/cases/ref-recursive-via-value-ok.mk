# print: A
A = $(value A)!
