# print: A B
A := before
include inc-basic.d/one.mk
B := after $(FROM_ONE)
