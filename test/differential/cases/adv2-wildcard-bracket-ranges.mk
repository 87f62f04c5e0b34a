# print: A B C
A := $(wildcard adv2-wildcard-bracket-ranges.d/[a-b].c)
B := $(wildcard adv2-wildcard-bracket-ranges.d/[^b].c)
C := $(wildcard adv2-wildcard-bracket-ranges.d/[!b1].c)
