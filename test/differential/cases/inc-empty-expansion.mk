# print: A
include $(nothing)
A := ok
