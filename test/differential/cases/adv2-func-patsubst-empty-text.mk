# print: A B C
A := [$(patsubst %,%,)]
B := [$(patsubst %,x%y,a  b)]
C := [$(patsubst ,x,a b)]
