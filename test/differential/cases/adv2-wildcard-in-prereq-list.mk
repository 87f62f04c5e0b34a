# print: ^
# target: t
t: adv2-wildcard-in-prereq-list.d/*.c
