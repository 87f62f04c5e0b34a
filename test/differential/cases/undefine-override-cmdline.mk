# print: A O
# args: A=cmd
override undefine A
O := $(origin A)
