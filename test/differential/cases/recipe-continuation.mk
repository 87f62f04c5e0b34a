# print: A
t:
	echo a \
A := still recipe
A := ok
