# print: A
X = $(Y)
A := [$(value  X )]
