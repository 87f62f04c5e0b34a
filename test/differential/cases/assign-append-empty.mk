# print: A B
A :=
A += x
B = 
B += y
