# print: x F
x := keep
F := $(foreach x,1 2,$(x)) $(flavor x)
