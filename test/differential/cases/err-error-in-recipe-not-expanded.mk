# print: A
t:
	$(error in recipe)
A := not-expanded-at-parse
