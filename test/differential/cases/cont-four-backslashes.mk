# print: A B
A := x\\\\
B := [y]
A := [$(A)]
