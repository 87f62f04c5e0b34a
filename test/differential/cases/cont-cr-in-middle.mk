# print: A
A := ab
B := b
A := [$(A)]
