# print: A
A := x \