# print: A B C
A := a\#b
B := a\\#b
C := a\\\#b
