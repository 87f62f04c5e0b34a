# print: A
A := $(wildcard adv2-wildcard-double-slash.d//*.c)
