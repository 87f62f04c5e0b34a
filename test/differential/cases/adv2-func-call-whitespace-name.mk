# print: A
f = called-$(1)
A := $(call  f ,x)
