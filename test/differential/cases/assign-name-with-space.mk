# print: A
A B := spaced
A := [$(A B)]
