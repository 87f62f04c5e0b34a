# print: A
t: ; echo one
	echo two
A := ok
