# print: A B
t:
define A
body
endef
	B := in-recipe
