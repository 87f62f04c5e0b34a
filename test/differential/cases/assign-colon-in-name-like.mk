# print: A B
A:=x:=y
B = a=b
