# print: A
A := a\b\\c
A := [$(A)]
