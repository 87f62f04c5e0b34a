# print: A
A := $(wildcard adv2-wildcard-sort-across-dirs.d/*/x)
