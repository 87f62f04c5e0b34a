# print: ^
# target: t
vpath %.h adv2-vpath-directive-prereq.d
t: a.h
