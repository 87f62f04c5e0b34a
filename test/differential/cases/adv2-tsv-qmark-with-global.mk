# print: V W
# target: t
V := global
t: V ?= local
t: W ?= wlocal
