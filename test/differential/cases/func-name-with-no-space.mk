# print: A B
A := [$(subst,a,b)]
B := [$(strip)]
