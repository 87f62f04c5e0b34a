# print: A O
# args: A=
A := file
O := $(origin A)
