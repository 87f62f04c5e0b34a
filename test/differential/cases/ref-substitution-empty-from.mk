# print: A B
foo := a b
A := [$(foo:=.x)]
B := [$(foo:)]
