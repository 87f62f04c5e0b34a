# print: A
A := a;b # c
