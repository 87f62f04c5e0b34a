# print: A
A := $(dir a/b,c/d)
