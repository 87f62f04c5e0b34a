# print: A
A := [$(sort   z   y	x  )]
