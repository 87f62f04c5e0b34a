# print: A
A := [$(strip  a , b )]
