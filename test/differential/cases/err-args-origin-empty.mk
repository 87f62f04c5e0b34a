# print: A
A := [$(origin )]
