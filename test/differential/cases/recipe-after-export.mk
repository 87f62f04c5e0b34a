# print: A
t:
export FOO
	A := recipe?
A ?= normal
