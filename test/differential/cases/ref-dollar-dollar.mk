# print: A B C
A := $$
B := $$$$x
C = $$(not a ref)
