# print: A
A := abc$
