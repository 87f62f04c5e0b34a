# print: A
A := [$(addprefix p,  a   b  )]
