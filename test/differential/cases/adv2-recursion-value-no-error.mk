# print: B
A = $(B)
B = $(value A) $(origin A)
