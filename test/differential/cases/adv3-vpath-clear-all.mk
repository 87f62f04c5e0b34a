# A bare `vpath` clears every directive; a file in the working directory is
# never searched for.
# target: t
# print: ^
vpath %.c adv3-vpath-clear-all.d/x
vpath
t: a.c adv3-vpath-clear-all.mk
a.c:
