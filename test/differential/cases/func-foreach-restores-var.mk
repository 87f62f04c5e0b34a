# print: A x y
x := outer
y = recursive $(x)
A := $(foreach x,1 2,$(y))
