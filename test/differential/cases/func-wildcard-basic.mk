# print: A B C
A := $(wildcard func-wildcard-basic.d/*.c)
B := $(sort $(wildcard func-wildcard-basic.d/*))
C := [$(wildcard func-wildcard-basic.d/*.nothing)]
