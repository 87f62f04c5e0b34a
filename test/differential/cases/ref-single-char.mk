# print: A B C
X := ex
A := $X$Xs
B := $XY
Y = why
C := [$ ]
