# print: V W
# target: t
V := global
t: V ?= target
t: W ?= target
