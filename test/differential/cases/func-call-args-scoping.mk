# print: A B C
f = [$(0)][$(1)][$(2)][$(3)]
A := $(call f,x)
B := $(call f,x,y,z)
g = $(call f,$(1)-inner)
C := $(call g,outer,extra)
