# print: F G
x = rec$(y)
y := Y
F := $(foreach x,a,$(x)-$(flavor x))
G := $(flavor x) $(value x)
