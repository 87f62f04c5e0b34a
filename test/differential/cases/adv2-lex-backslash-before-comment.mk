# print: A B
A := one \# two
B := three \\# four
