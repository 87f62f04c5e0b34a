# print: A
A := a
A += $(A)
