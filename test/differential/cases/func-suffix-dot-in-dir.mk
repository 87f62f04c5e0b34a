# print: A B
A := [$(suffix a.d/file)]
B := [$(basename a.d/file)]
