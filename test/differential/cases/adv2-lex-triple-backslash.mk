# print: A
A := x\\\
y
