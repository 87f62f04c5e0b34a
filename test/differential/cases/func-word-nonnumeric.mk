# print: A
A := $(word x,a b c)
