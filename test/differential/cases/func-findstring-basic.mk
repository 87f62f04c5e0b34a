# print: A B C D
A := [$(findstring a,a b c)]
B := [$(findstring a,b c)]
C := [$(findstring ,abc)]
D := [$(findstring b c,a b c)]
