# print: A
A := $(warning w1)$(info i1)$(warning w2)
$(error final)
