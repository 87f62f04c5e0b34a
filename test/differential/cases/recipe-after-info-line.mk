# print: A
t:
$(info x)
	A := recipe?
A ?= normal
