# print: L
include inc-continuation-in-included.d/l.mk
