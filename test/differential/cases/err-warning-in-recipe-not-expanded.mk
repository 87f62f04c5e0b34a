# print: A
t: ; $(warning in recipe)
A := ok
