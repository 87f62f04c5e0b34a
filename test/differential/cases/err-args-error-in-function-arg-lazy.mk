# print: A
A = $(word 0,a)
B := fine
