# print: A
A = $(foreach A,1 2,$(A))
