# print: A B
f = [$(1)][$(2)]
A := $(call f,a,b,c,d)
B := $(call f)
