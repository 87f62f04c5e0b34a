# print: A
x := 1
A := a $(x)
A += b $(x)
x := 2
