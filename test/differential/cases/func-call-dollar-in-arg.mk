# print: A
f = $(1)
A := $(call f,$$(x))
x := nope
