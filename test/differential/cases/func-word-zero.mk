# print: A
A := $(word 0,a b c)
