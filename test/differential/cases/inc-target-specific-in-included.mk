# print: V
# target: t
include inc-target-specific-in-included.d/t.mk
V += global
