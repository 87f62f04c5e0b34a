# print: R
include inc-conditional-in-included.d/c.mk
