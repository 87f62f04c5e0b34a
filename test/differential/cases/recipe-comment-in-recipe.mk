# print: A
t:
	echo a # not a comment for make
# make comment
	echo b
A := ok
