# print: A B
A := 1
B := 2
undefine A B
