# print: A B
A := [
A += x
empty :=
B := $(empty)
B += z
B := [$(B)]
