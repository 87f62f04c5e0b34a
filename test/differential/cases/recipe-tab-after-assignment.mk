# print: A B
t:
A := 1
	B := 2
