# print: A
A := $(word -1,a b c)
