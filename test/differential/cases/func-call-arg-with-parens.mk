# print: A
f = [$(1)][$(2)]
A := $(call f,(a,b),c)
