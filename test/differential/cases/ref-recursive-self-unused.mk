# print: B
A = $(A)
B := ok
