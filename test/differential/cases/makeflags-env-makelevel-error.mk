# env: MAKELEVEL=1
# A missing makefile: the error comes after the directory line.
include missing-a.mk
