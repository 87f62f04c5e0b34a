# print: A
t: V := x
	A := recipe?
A ?= normal
