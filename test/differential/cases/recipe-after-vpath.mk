# print: A
t:
vpath %.c src
	A := recipe?
A ?= normal
