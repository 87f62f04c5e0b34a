# print: A
A := $(sort b,a c)
