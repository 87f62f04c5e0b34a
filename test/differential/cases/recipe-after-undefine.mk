# print: A
t:
undefine FOO
	A := recipe?
A ?= normal
