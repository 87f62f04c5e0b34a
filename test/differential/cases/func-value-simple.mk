# print: A B
x := a$$b
A := $(value x)
y = $(x)$$c
B := $(value y)
