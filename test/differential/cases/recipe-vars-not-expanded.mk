# print: A
t:
	$(eval A := from-recipe)
A ?= parse-time
