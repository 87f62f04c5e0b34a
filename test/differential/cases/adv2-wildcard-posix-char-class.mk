# print: A
A := $(wildcard adv2-wildcard-posix-char-class.d/[[:lower:]].c)
