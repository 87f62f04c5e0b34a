# print: A
A = one\
two
A := [$(A)]
