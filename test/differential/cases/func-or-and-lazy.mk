# print: A B
A := $(or first,$(error not evaluated))
B := [$(and ,$(error not evaluated))]
