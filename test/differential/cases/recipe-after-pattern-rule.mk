# print: A
%.o: %.c
	A := recipe
A ?= normal
