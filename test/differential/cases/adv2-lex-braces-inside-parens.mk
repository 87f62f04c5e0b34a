# print: A
A := $(subst {,},{x{)
