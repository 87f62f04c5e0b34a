# print: A
A := [$(join  a   b ,  x   y  )]
