# print: A B
A := [$(subst ,x,abc)]
B := [$(subst a,,banana)]
