# print: R S
x := 1
R = $(x)
S := $(x)
x := 2
