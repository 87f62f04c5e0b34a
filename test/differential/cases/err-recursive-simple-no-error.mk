# print: A
A := x
A := $(A)$(A)
