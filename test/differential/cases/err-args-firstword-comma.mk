# print: A
A := $(firstword a,b c)
