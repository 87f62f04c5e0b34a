# print: A B C D E F
A := [$(or ,,c,d)]
B := [$(or ,,)]
C := [$(and a,b,c)]
D := [$(and a,,c)]
E := [$(and )]
F := [$(or  x ,y)]
