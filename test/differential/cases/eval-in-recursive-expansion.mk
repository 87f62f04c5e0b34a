# print: A B
F = $(eval B := set-by-F)F
A := $(F)
