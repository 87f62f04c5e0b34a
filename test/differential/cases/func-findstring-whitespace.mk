# print: A B
A := [$(findstring  a,a)]
B := [$(findstring a ,a b)]
