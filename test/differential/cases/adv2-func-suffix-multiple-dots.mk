# print: S B
L := a.b.c .hidden x. a..b
S := $(suffix $(L))
B := $(basename $(L))
