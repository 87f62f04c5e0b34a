# print: A
x := 1
A := [$(value x,y)]
