# An unbalanced reference in a recursive value: the name ends at the first
# close, the rest of the value is dropped (every time it is expanded).
# print: A B
a$(b = AB
A = <$(a$(b)zz> tail
B = $(A)|$(A)
