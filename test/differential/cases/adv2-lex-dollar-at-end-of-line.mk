# print: A
A := x$
