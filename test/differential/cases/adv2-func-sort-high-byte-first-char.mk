# print: A
A := $(if $(filter a,$(firstword $(sort é a))),ascii-first,high-byte-first)
