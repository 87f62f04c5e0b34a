# print: 1 A
1 := global-one
f = $(1)
A := $(call f,arg) $(1)
