# print: A
f = $(0):$(words $(0))
A := $(call f,x)
