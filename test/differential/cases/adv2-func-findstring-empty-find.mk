# print: A B
A := [$(findstring ,abc)]
B := [$(findstring a,)]
