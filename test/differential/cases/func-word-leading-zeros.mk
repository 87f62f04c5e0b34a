# print: A
A := $(word 0003,a b c d)
