# print: ^
# target: t
VPATH = adv2-vpath-var-prereq.d
t: a.c
a.c:
