# print: D
D := $(word 4294967298,a b c)
