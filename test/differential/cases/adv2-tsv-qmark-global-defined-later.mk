# print: V
# target: t
t: V ?= tv
V := g
