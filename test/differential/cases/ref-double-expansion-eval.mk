# print: A
x := $$(y)
y := real
A := $(eval z := $(x))$(z)
