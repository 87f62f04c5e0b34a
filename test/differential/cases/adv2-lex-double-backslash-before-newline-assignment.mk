# print: A B
A := x\\
B := y
