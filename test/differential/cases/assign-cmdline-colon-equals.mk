# print: A F
# args: A:=$(x)
x := file-x
F := $(flavor A)
