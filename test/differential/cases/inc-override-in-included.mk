# print: A
# args: A=cmd
include inc-override-in-included.d/o.mk
