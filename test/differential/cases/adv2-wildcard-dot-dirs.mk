# print: A
A := $(wildcard adv2-wildcard-dot-dirs.d/.*)
