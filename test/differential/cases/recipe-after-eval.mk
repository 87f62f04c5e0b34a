# print: A
t:
$(eval X := 1)
	A := recipe?
A ?= normal
