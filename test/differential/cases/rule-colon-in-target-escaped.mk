# print: A
a\:b: c
A := ok
