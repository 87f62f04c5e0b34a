# print: A
A := $(abspath /a,/b)
