# print: A B
a(b := weird
A := [$(a(b)]
B := [$(a(b))]
