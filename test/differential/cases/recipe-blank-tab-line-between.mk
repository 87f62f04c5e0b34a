# print: A
t:
	echo a
	
	echo b
A := ok
