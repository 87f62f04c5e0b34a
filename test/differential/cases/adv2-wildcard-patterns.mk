# print: A B C D E
A := $(wildcard adv2-wildcard-patterns.d/?.c)
B := $(wildcard adv2-wildcard-patterns.d/[ab].*)
C := $(wildcard adv2-wildcard-patterns.d/*/)
D := [$(wildcard adv2-wildcard-patterns.d/{a,b}.c)]
E := $(wildcard adv2-wildcard-patterns.d/sub/*.x adv2-wildcard-patterns.d/a.c)
